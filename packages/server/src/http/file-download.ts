/**
 * A file a secured route answers with (a report as PDF, XLSX or CSV): the pipeline sends its
 * bytes with its content type and as an attachment, instead of serialising JSON. The route's
 * contract response schema describes it for the API description (`fileDownloadSchema`).
 */
export class FileDownload {
  constructor(
    readonly contentType: string,
    /** ASCII only (it travels in a header): letters, digits, '-', '_' and '.'. */
    readonly fileName: string,
    readonly body: Buffer,
  ) {
    if (!/^[A-Za-z0-9._-]+$/.test(fileName)) throw new RangeError(`file name must be plain ASCII: ${fileName}`);
  }

  get contentDisposition(): string {
    return `attachment; filename="${this.fileName}"`;
  }
}
