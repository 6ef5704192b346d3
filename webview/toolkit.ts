/**
 * The only module that imports @vscode/webview-ui-toolkit: registers the components the form uses
 * (vscode-button, vscode-dropdown, vscode-option, vscode-progress-ring). Moving off the toolkit starts here.
 */
import {
  provideVSCodeDesignSystem,
  vsCodeButton,
  vsCodeDropdown,
  vsCodeOption,
  vsCodeProgressRing,
} from '@vscode/webview-ui-toolkit';

export function registerToolkit(): void {
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodeProgressRing());
}

/** The toolkit elements as the form drives them (plain properties of the custom elements). */
export interface ToolkitButton extends HTMLElement {
  disabled: boolean;
}

export interface ToolkitDropdown extends HTMLElement {
  value: string;
  disabled: boolean;
}
