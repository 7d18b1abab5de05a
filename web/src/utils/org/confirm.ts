import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';

/** Asks before a warning-worthy step (disable, revoke, reset); true when confirmed. */
export async function confirmStep(text: string, title: string, button: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(text, title, { type: 'warning', confirmButtonText: button, cancelButtonText: '取消' });
    return true;
  } catch {
    return false;
  }
}
