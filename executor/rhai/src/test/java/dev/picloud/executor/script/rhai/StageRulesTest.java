package dev.picloud.executor.script.rhai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The interpreter's stage rules (STYLE §8.1): each stage depends only on earlier stages ({@code
 * lex ← parse ← analysis ← eval}), {@code ast} and {@code value} have no behaviour beyond their
 * own types, the library packages never reach into the evaluator, and nothing imports server
 * frameworks. The root package is the facade and the error types every stage may throw.
 */
class StageRulesTest {
  private static final String ROOT = "dev.picloud.executor.script.rhai";

  private static String[] allBut(String... allowed) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(
        "lex", "parse", "ast", "analysis", "eval", "value", "builtins", "sandbox", "cli"));
    all.removeAll(java.util.List.of(allowed));
    return all.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
  }

  private static ArchRule stage(String pkg, String... allowed) {
    java.util.List<String> ok = new java.util.ArrayList<>(java.util.List.of(allowed));
    ok.add(pkg);
    return noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
        .should().dependOnClassesThat().resideInAnyPackage(allBut(ok.toArray(String[]::new)))
        .as(pkg + " depends only on " + ok);
  }

  static final ArchRule lex = stage("lex");

  static final ArchRule ast = stage("ast");

  static final ArchRule value = stage("value");

  static final ArchRule parse = stage("parse", "lex", "ast", "value");

  static final ArchRule analysis = stage("analysis", "ast");

  static final ArchRule sandbox = stage("sandbox", "value");

  static final ArchRule builtins = stage("builtins", "lex", "value", "sandbox");

  static final ArchRule eval = stage("eval", "lex", "parse", "ast", "analysis", "value",
      "builtins", "sandbox");

  static final ArchRule nothingUsesTheCli = noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..");

  static final ArchRule noServerFrameworks = noClasses().that().resideInAPackage(ROOT + "..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("io.helidon..", "io.grpc..", "java.sql..", "org.graalvm..");

  @TestFactory
  Stream<DynamicTest> rules() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
    return Stream.of(lex, ast, value, parse, analysis, sandbox, builtins, eval, nothingUsesTheCli,
            noServerFrameworks)
        .map(r -> DynamicTest.dynamicTest(r.getDescription(), () -> r.check(classes)));
  }
}
