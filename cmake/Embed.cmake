# Writes a C++ file holding each migration as (name, text) so the binary needs no data files.
function(jixiao_embed_migrations output)
  set(files ${ARGN})
  list(SORT files)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DFILES=${files}" -P ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding SQL migrations")
endfunction()
