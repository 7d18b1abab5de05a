# Writes a C++ file holding each migration as (name, text) so the binary needs no data files.
function(jixiao_embed_migrations output)
  set(files ${ARGN})
  list(SORT files)
  # A list cannot pass through a command line: its ';' would split the argument.
  string(REPLACE ";" "|" joined "${files}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DFILES=${joined}" -P ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding SQL migrations"
    VERBATIM)
endfunction()

# The same for reference data (data/**): each file as (path relative to data/, text).
function(jixiao_embed_data output root)
  set(files ${ARGN})
  list(SORT files)
  # A list cannot pass through a command line: its ';' would split the argument.
  string(REPLACE ";" "|" joined "${files}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DROOT=${root} "-DFILES=${joined}" -P ${CMAKE_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    DEPENDS ${files} ${CMAKE_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    COMMENT "Embedding reference data"
    VERBATIM)
endfunction()
