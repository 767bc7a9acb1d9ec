/** Where a CLI command writes: standard output and error (tests capture them). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
