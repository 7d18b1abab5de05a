// Form errors from the API: the problem's `field` picks the form item that shows the Chinese
// detail; anything else goes to the form's general message.
import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import { ApiError } from '../../api/client';

export type FieldErrors = Record<string, string>;

export function clearErrors(errors: FieldErrors) {
  for (const k of Object.keys(errors)) errors[k] = '';
}

// Puts the error next to its field when the form has one; returns the text for a general
// message otherwise. Errors that are not the API's are rethrown.
export function showError(e: unknown, errors?: FieldErrors, aliases: Record<string, string> = {}): string {
  if (!(e instanceof ApiError)) throw e;
  const field = e.field ? aliases[e.field] ?? e.field : '';
  if (errors && field && field in errors) {
    errors[field] = e.message;
    return '';
  }
  return e.message;
}

// For actions outside a form (delete, lock): the detail as a message.
export function toastError(e: unknown) {
  if (!(e instanceof ApiError)) throw e;
  ElMessage.error(e.message);
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '操作失败，请稍后重试';
}
