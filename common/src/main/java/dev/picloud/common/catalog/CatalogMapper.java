package dev.picloud.common.catalog;

import dev.picloud.common.id.AppId;
import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import dev.picloud.proto.v1.AppMessage;
import dev.picloud.proto.v1.RouteMessage;
import dev.picloud.proto.v1.RoutingTableMessage;
import dev.picloud.proto.v1.ScriptSourceMessage;
import dev.picloud.proto.v1.ScriptVersionMessage;

/** Converts catalog records to and from their protobuf messages. */
final class CatalogMapper {
  private CatalogMapper() {}

  static ScriptSourceMessage toProto(ScriptSource s) {
    return ScriptSourceMessage.newBuilder()
        .setScriptId(s.scriptId().toString())
        .setVersion(s.version())
        .setAppId(s.appId().toString())
        .setName(s.name())
        .setLanguage(s.language())
        .setSource(s.source())
        .setTimeoutMs(s.limits().timeoutMs())
        .setMaxOperations(s.limits().maxOperations())
        .setMemoryLimitBytes(s.limits().memoryLimitBytes())
        .build();
  }

  static ScriptSource fromProto(ScriptSourceMessage m) {
    return new ScriptSource(
        ScriptId.parse(m.getScriptId()),
        m.getVersion(),
        AppId.parse(m.getAppId()),
        m.getName(),
        m.getLanguage(),
        m.getSource(),
        new ScriptLimits(m.getTimeoutMs(), m.getMaxOperations(), m.getMemoryLimitBytes()));
  }

  static RoutingTableMessage toProto(RoutingTable t) {
    RoutingTableMessage.Builder b = RoutingTableMessage.newBuilder().setRevision(t.revision());
    for (AppEntry a : t.apps()) {
      b.addApps(AppMessage.newBuilder().setAppId(a.appId().toString()).setSlug(a.slug()).addAllDomains(a.domains()));
    }
    for (RouteEntry r : t.routes()) {
      b.addRoutes(
          RouteMessage.newBuilder()
              .setRouteId(r.routeId().toString())
              .setAppId(r.appId().toString())
              .setScriptId(r.scriptId().toString())
              .setMethod(r.method())
              .setPath(r.path())
              .setHost(r.host())
              .setDispatchMode(r.dispatchMode()));
    }
    for (ScriptEntry s : t.scripts()) {
      b.addScripts(
          ScriptVersionMessage.newBuilder()
              .setScriptId(s.scriptId().toString())
              .setVersion(s.version())
              .setName(s.name())
              .setAppId(s.appId().toString())
              .setTimeoutMs(s.timeoutMs()));
    }
    return b.build();
  }

  static RoutingTable fromProto(RoutingTableMessage m) {
    return new RoutingTable(
        m.getRevision(),
        m.getAppsList().stream()
            .map(a -> new AppEntry(AppId.parse(a.getAppId()), a.getSlug(), a.getDomainsList()))
            .toList(),
        m.getRoutesList().stream()
            .map(
                r ->
                    new RouteEntry(
                        RouteId.parse(r.getRouteId()),
                        AppId.parse(r.getAppId()),
                        ScriptId.parse(r.getScriptId()),
                        r.getMethod(),
                        r.getPath(),
                        r.getHost(),
                        r.getDispatchMode()))
            .toList(),
        m.getScriptsList().stream()
            .map(
                s ->
                    new ScriptEntry(
                        ScriptId.parse(s.getScriptId()),
                        s.getVersion(),
                        s.getName(),
                        AppId.parse(s.getAppId()),
                        s.getTimeoutMs()))
            .toList());
  }

  static dev.picloud.proto.v1.Invalidation toProto(Invalidation i) {
    dev.picloud.proto.v1.Invalidation.Kind kind =
        switch (i.kind()) {
          case SCRIPT -> dev.picloud.proto.v1.Invalidation.Kind.KIND_SCRIPT;
          case ROUTES -> dev.picloud.proto.v1.Invalidation.Kind.KIND_ROUTES;
          case APPS -> dev.picloud.proto.v1.Invalidation.Kind.KIND_APPS;
          case RESYNC -> dev.picloud.proto.v1.Invalidation.Kind.KIND_HELLO;
        };
    return dev.picloud.proto.v1.Invalidation.newBuilder()
        .setKind(kind)
        .setId(i.id())
        .setRevision(i.revision())
        .build();
  }

  static Invalidation fromProto(dev.picloud.proto.v1.Invalidation m) {
    Invalidation.Kind kind =
        switch (m.getKind()) {
          case KIND_SCRIPT -> Invalidation.Kind.SCRIPT;
          case KIND_ROUTES -> Invalidation.Kind.ROUTES;
          case KIND_APPS -> Invalidation.Kind.APPS;
          default -> Invalidation.Kind.RESYNC;
        };
    return new Invalidation(kind, m.getId(), m.getRevision());
  }
}
