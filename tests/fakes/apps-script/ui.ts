/** Menus, sidebars and HtmlService: what the person would see, recorded for assertions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallLog } from './call-log.js';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** Menu's methods all return Menu, so it is not Pick-able; its shape is checked by the add-on's compile against the real type. */
export class FakeMenu {
  readonly items: (MenuItem | 'separator')[] = [];
  constructor(
    readonly title: string,
    private readonly ui: FakeUi,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput implements Pick<HtmlOutput, 'getContent' | 'getTitle' | 'getWidth' | 'getHeight'> {
  private title = '';
  // Pixels, as HtmlOutput.setWidth / setHeight take them (https://developers.google.com/apps-script/reference/html/html-output#setHeight(Integer)).
  private width = 0;
  private height = 0;
  constructor(private content: string) {}
  /** Adds content at the end, unescaped (https://developers.google.com/apps-script/reference/html/html-output#append(String)). */
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
  getContent(): string {
    return this.content;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
}

/** A dialog the script opened: its content and the title Ui.showModalDialog was given. */
export interface ShownDialog {
  output: FakeHtmlOutput;
  title: string;
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: string[] = [];
  readonly dialogs: ShownDialog[] = [];

  constructor(private readonly log: CallLog) {}

  createAddonMenu(): FakeMenu {
    this.log.record('Ui.createAddonMenu');
    return new FakeMenu('NextRound', this);
  }
  createMenu(title: string): FakeMenu {
    this.log.record('Ui.createMenu');
    return new FakeMenu(title, this);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.log.record('Ui.showSidebar');
    this.sidebars.push(output);
  }
  /**
   * Opens a modal dialog over the editor; the title is a separate argument, not the output's own
   * (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)).
   */
  showModalDialog(output: FakeHtmlOutput, title: string): void {
    this.log.record('Ui.showModalDialog');
    this.dialogs.push({ output, title });
  }
  alert(message: string): void {
    this.log.record('Ui.alert');
    this.alerts.push(message);
  }
}

/** HtmlService over the built files: createHtmlOutputFromFile('sidebar') reads dist/appsscript/sidebar.html. */
export function createHtmlService(log: CallLog, bundleDir: string) {
  return {
    createHtmlOutputFromFile(name: string): FakeHtmlOutput {
      log.record('HtmlService.createHtmlOutputFromFile');
      return new FakeHtmlOutput(readFileSync(join(bundleDir, `${name}.html`), 'utf8'));
    },
  };
}
