import { fileURLToPath } from 'node:url';

/** The repository root, whichever script or test asks. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_DIR = `${ROOT}.cache`;
export const DATA_DIR = `${ROOT}data`;
export const FERRETDB_SOURCE_DIR = `${ROOT}scripts/ferretdb`;
export const FERRETDB_BINARY = `${CACHE_DIR}/bin/ferretdb`;
