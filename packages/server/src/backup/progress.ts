/** Progress of a backup or restore, one table at a time. */
export interface TableProgress {
  readonly table: string;
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (progress: TableProgress) => void;
