import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { openTelemetrySetup } from '@graphql-hive/plugin-opentelemetry/setup';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

export interface TracingConfig {
  /** OTLP/HTTP traces endpoint, e.g. http://collector:4318/v1/traces; unset: tracing off. */
  endpoint: string | undefined;
  /** Share of traces recorded (0–1), parent-based: a caller's sampled trace is always continued. */
  samplingRate: number;
}

let started = false;

/**
 * Switches OpenTelemetry tracing on, once per process: spans for the HTTP request, each GraphQL
 * phase and every subgraph call, exported in batches over OTLP/HTTP. W3C trace context is read
 * from callers and passed to subgraphs. Spans carry operation names and hashes, never variables
 * nor documents (a document may hold a literal email address), so no personal data leaves in traces.
 */
export function startTracing(config: TracingConfig): boolean {
  if (!config.endpoint) return false;
  if (started) return true;
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    resource: { serviceName: 'living-profile-gateway' },
    traces: { exporter: new WithoutDocuments(new OTLPTraceExporter({ url: config.endpoint })), batching: { scheduledDelayMillis: 500 } },
    samplingRate: config.samplingRate,
  });
  started = true;
  return true;
}

/** Attributes that may contain what a caller typed (a GET's URL holds its variables), personal data included. */
const DROPPED_ATTRIBUTES = new Set(['graphql.document', 'graphql.error.message', 'http.url', 'url.full', 'url.query']);

/** Exports spans with DROPPED_ATTRIBUTES removed (the spans themselves are left as they are). */
class WithoutDocuments implements SpanExporter {
  private readonly inner: SpanExporter;
  constructor(inner: SpanExporter) {
    this.inner = inner;
  }

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const cleaned = spans.map((span) => {
      const attributes = Object.fromEntries(Object.entries(span.attributes).filter(([key]) => !DROPPED_ATTRIBUTES.has(key)));
      // The span seen through a prototype with other attributes: Object.create cannot type that, the cast holds it.
      return Object.create(span, { attributes: { value: attributes } }) as ReadableSpan;
    });
    this.inner.export(cleaned, done);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
