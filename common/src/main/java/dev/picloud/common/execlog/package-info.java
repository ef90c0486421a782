/**
 * The execution log seam: the orchestrator reports every run as an {@link dev.picloud.common.execlog.ExecutionRecord}
 * to an {@link dev.picloud.common.execlog.ExecutionSink}, which must never block the request; the manager writes them
 * in batches.
 */
package dev.picloud.common.execlog;
