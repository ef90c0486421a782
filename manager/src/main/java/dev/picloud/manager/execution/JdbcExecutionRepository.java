package dev.picloud.manager.execution;

import dev.picloud.common.execlog.ExecutionRecord;
import dev.picloud.common.json.Json;
import io.helidon.dbclient.DbClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ExecutionRepository} on PostgreSQL. Writes use a JDBC batch on one pooled connection (one round trip for a
 * whole batch); JSON columns are written as text and cast.
 */
public final class JdbcExecutionRepository implements ExecutionRepository {
  private static final String INSERT =
      """
      INSERT INTO execution_logs (id, app_id, script_id, script_version, script_name, route_id, request_id, trace_id,
          invocation_type, method, path, request_headers, request_body, request_body_truncated, status, status_code,
          response_body, response_body_truncated, error, logs, logs_truncated, duration_us, started_at, executor)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb),
              ?, ?, ?, ?)
      ON CONFLICT (id) DO NOTHING
      """;
  private static final String COLUMNS =
      """
      id, app_id, script_id, script_version, script_name, route_id, request_id, trace_id, invocation_type, method,
      path, CAST(request_headers AS text) AS request_headers, request_body, request_body_truncated, status,
      status_code, response_body, response_body_truncated, CAST(error AS text) AS error, CAST(logs AS text) AS logs,
      logs_truncated, duration_us, started_at, executor
      """;

  private final DbClient db;

  public JdbcExecutionRepository(DbClient db) {
    this.db = db;
  }

  @Override
  public void insertAll(List<ExecutionRecord> records) {
    try (Connection c = db.unwrap(Connection.class);
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (ExecutionRecord r : records) {
        int i = 0;
        ps.setObject(++i, UUID.fromString(r.executionId()));
        ps.setObject(++i, UUID.fromString(r.appId()));
        ps.setObject(++i, r.scriptId() == null ? null : UUID.fromString(r.scriptId()), Types.OTHER);
        ps.setLong(++i, r.scriptVersion());
        ps.setString(++i, nz(r.scriptName()));
        ps.setObject(++i, r.routeId() == null ? null : UUID.fromString(r.routeId()), Types.OTHER);
        ps.setString(++i, nz(r.requestId()));
        ps.setString(++i, nz(r.traceId()));
        ps.setString(++i, r.invocationType());
        ps.setString(++i, nz(r.method()));
        ps.setString(++i, nz(r.path()));
        ps.setString(++i, Json.write(r.requestHeaders() == null ? Map.of() : r.requestHeaders()));
        ps.setString(++i, clean(r.requestBody()));
        ps.setBoolean(++i, r.requestBodyTruncated());
        ps.setString(++i, r.status());
        ps.setInt(++i, r.statusCode());
        ps.setString(++i, clean(r.responseBody()));
        ps.setBoolean(++i, r.responseBodyTruncated());
        ps.setString(++i, r.error() == null ? null : Json.write(r.error()));
        ps.setString(++i, Json.write(r.logs() == null ? List.of() : r.logs()));
        ps.setBoolean(++i, r.logsTruncated());
        ps.setLong(++i, r.durationUs());
        ps.setTimestamp(++i, Timestamp.from(r.startedAt()));
        ps.setString(++i, nz(r.executor()));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("writing " + records.size() + " execution record(s) failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<ExecutionRecord> find(ExecutionQuery q) {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM execution_logs WHERE true");
    List<Object> params = new ArrayList<>();
    q.app().ifPresent(a -> {
      sql.append(" AND app_id = ?");
      params.add(a);
    });
    q.script().ifPresent(s -> {
      sql.append(" AND script_id = ?");
      params.add(s);
    });
    q.status().ifPresent(s -> {
      sql.append(" AND status = ?");
      params.add(s);
    });
    q.since().ifPresent(s -> {
      sql.append(" AND started_at >= ?");
      params.add(Timestamp.from(s));
    });
    q.before().ifPresent(b -> {
      sql.append(" AND id < ?");
      params.add(b);
    });
    sql.append(" ORDER BY id DESC LIMIT ?");
    params.add(q.limit());
    try (Connection c = db.unwrap(Connection.class);
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      List<ExecutionRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading executions failed: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<ExecutionRecord> get(String executionId) {
    try (Connection c = db.unwrap(Connection.class);
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM execution_logs WHERE id = ?")) {
      ps.setObject(1, UUID.fromString(executionId));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading execution " + executionId + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public int deleteOlderThan(Instant cutoff, int batch) {
    return (int)
        db.execute()
            .delete(
                "DELETE FROM execution_logs WHERE id IN (SELECT id FROM execution_logs WHERE started_at < ? LIMIT ?)",
                Timestamp.from(cutoff),
                batch);
  }

  @SuppressWarnings("unchecked")
  private static ExecutionRecord map(ResultSet rs) throws SQLException {
    Map<String, String> headers = new LinkedHashMap<>();
    Object parsedHeaders = Json.parse(rs.getString("request_headers"));
    if (parsedHeaders instanceof Map<?, ?> m) {
      m.forEach((k, v) -> headers.put(String.valueOf(k), String.valueOf(v)));
    }
    String error = rs.getString("error");
    return new ExecutionRecord(
        rs.getObject("id").toString(),
        rs.getObject("app_id").toString(),
        rs.getObject("script_id") == null ? null : rs.getObject("script_id").toString(),
        rs.getLong("script_version"),
        rs.getString("script_name"),
        rs.getObject("route_id") == null ? null : rs.getObject("route_id").toString(),
        rs.getString("request_id"),
        rs.getString("trace_id"),
        rs.getString("invocation_type"),
        rs.getString("method"),
        rs.getString("path"),
        headers,
        rs.getString("request_body"),
        rs.getBoolean("request_body_truncated"),
        rs.getString("status"),
        rs.getInt("status_code"),
        rs.getString("response_body"),
        rs.getBoolean("response_body_truncated"),
        error == null ? null : (Map<String, Object>) Json.parse(error),
        (List<Map<String, Object>>) Json.parse(rs.getString("logs")),
        rs.getBoolean("logs_truncated"),
        rs.getLong("duration_us"),
        rs.getTimestamp("started_at").toInstant(),
        rs.getString("executor"));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** PostgreSQL text cannot hold NUL characters. */
  private static String clean(String s) {
    return s == null ? "" : s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
  }
}
