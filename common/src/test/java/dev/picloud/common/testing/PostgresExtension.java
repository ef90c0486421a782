package dev.picloud.common.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class its own fresh database on a real PostgreSQL (see {@link PostgresServers} for which server),
 * created before the class and dropped after it. Inject it as a {@link TestDatabase} parameter of a constructor,
 * {@code @BeforeAll} or test method.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    String name =
        ("t_" + context.getRequiredTestClass().getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT);
    try (Connection c = connectAdmin();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    context.getStore(NS).put("db", new TestDatabase(PostgresServers.admin().withDatabase(name), name));
  }

  @Override
  public void afterAll(ExtensionContext context) throws SQLException {
    TestDatabase db = context.getStore(NS).remove("db", TestDatabase.class);
    if (db == null) {
      return;
    }
    try (Connection c = connectAdmin();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    ExtensionContext classContext = extension;
    while (classContext.getStore(NS).get("db") == null && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    TestDatabase db = classContext.getStore(NS).get("db", TestDatabase.class);
    if (db == null) {
      throw new IllegalStateException("PostgresExtension: no database for " + extension.getDisplayName());
    }
    return db;
  }

  private static Connection connectAdmin() throws SQLException {
    return dev.picloud.common.db.Database.open(PostgresServers.admin(), 10);
  }
}
