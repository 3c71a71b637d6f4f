export declare const BUDGETS_KB: Record<string, number>;
export interface PageMeasurement {
  page: string;
  files: { file: string; rawBytes: number; gzipBytes: number }[];
  gzipBytes: number;
  gzipKb: number;
  budgetKb: number;
}
/** Gzipped initial JavaScript of a built page. */
export declare function measurePage(distDir: string, page: string): PageMeasurement;
