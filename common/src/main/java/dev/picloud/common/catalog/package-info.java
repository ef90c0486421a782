/**
 * The orchestrator/executor → manager seam: {@link dev.picloud.common.catalog.ScriptResolver} reads script sources by
 * (id, version) and the routing table, and pushes invalidations. The manager implements it in-process; {@link
 * dev.picloud.common.catalog.GrpcScriptResolver} and {@link dev.picloud.common.catalog.CatalogGrpcService} carry it
 * over gRPC.
 */
package dev.picloud.common.catalog;
