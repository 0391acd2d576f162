import { appendFileSync } from 'node:fs';
import mongoose, { type Connection } from 'mongoose';

/** One query the code sent, as the database received it: what `explain` is asked about. */
export interface LoggedQuery {
  database: string;
  collection: string;
  /** The command that carried it: find, count, update, delete, findAndModify, aggregate, distinct. */
  command: string;
  filter: Record<string, unknown>;
  sort?: Record<string, unknown>;
  /** The filter with its values replaced by their types: queries of one shape are one pattern. */
  shape: string;
}

/** The shape of a value: field names and operators kept, values by type. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value instanceof Date) return 'date';
  if (value === null) return 'null';
  if (value instanceof Map) return shapeOf(Object.fromEntries(value));
  if (typeof value === 'object') {
    if ('_bsontype' in value) return String(value._bsontype).toLowerCase();
    const record: Record<string, unknown> = { ...value };
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, shapeOf(record[key])]),
    );
  }
  return typeof value;
}

/** A sort as the driver may hold it (a Map keeps the order of its keys), as a plain object. */
const plain = (sort: unknown) => (sort instanceof Map ? Object.fromEntries(sort) : sort);

/** The filters (and sort) a command carries: several for a bulk update or delete. */
function queriesOf(command: Record<string, any>): { command: string; collection: string; filter: any; sort?: any }[] {
  const name = Object.keys(command)[0]!;
  const collection = String(command[name]);
  switch (name) {
    case 'find':
      return [{ command: name, collection, filter: command.filter ?? {}, sort: plain(command.sort) }];
    case 'count':
    case 'distinct':
      return [{ command: name, collection, filter: command.query ?? {} }];
    case 'findAndModify':
      return [{ command: name, collection, filter: command.query ?? {}, sort: plain(command.sort) }];
    case 'update':
      return (command.updates ?? []).map((u: { q: unknown }) => ({ command: name, collection, filter: u.q ?? {} }));
    case 'delete':
      return (command.deletes ?? []).map((d: { q: unknown }) => ({ command: name, collection, filter: d.q ?? {} }));
    case 'aggregate': {
      // A pipeline that starts with $collStats reads the collection's statistics, not its documents.
      if ((command.pipeline ?? [])[0]?.$collStats) return [];
      const match = (command.pipeline ?? [])[0]?.$match;
      return [{ command: name, collection, filter: match ?? {} }];
    }
    default:
      return [];
  }
}

/**
 * Appends the first query of every shape this connection sends to `file`, one JSON line each
 * (extended JSON, so dates and ids keep their types): the query-plan test reads it and asks the
 * server to explain each, so what is proved index-backed is what the code asks, not what a reader
 * thinks it asks. For tests and audits only (`DATABASE_QUERY_LOG`); a few lines per shape, never
 * per query.
 */
export function logQueryShapes(connection: Connection, file: string): void {
  const seen = new Set<string>();
  connection.on('commandStarted', (event: { commandName: string; databaseName: string; command: Record<string, any> }) => {
    for (const query of queriesOf(event.command)) {
      const shape = JSON.stringify({ filter: shapeOf(query.filter), sort: query.sort ? shapeOf(query.sort) : undefined });
      const key = `${event.databaseName} ${query.command} ${query.collection} ${shape}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const logged: LoggedQuery = { database: event.databaseName, ...query, shape };
      appendFileSync(file, `${mongoose.mongo.BSON.EJSON.stringify(logged, { relaxed: false })}\n`);
    }
  });
}
