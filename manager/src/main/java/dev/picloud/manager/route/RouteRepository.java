package dev.picloud.manager.route;

import dev.picloud.common.id.RouteId;
import dev.picloud.common.id.ScriptId;
import java.util.List;
import java.util.Optional;

/** Stores routes. */
public interface RouteRepository {
  /** Routes of a script. */
  List<Route> ofScript(ScriptId script);

  /** One route. */
  Optional<Route> find(RouteId id);

  /**
   * Inserts a route.
   *
   * @param pathShape the path with parameter names erased (conflict key)
   * @throws dev.picloud.common.error.ConflictException naming the route that already takes these requests
   */
  Route insert(Route route, String pathShape);

  /** Deletes a route; false when it did not exist. */
  boolean delete(RouteId id);
}
