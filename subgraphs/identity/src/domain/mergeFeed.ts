/** The merge feed's time buckets: a day each, so a reader asks for the days since its watermark. */
export const MERGE_FEED_BUCKET_MS = 24 * 60 * 60 * 1000;
