package dev.picloud.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** The {@code picloud} command: {@code java -jar allinone/cli/target/picloud-cli.jar ARGS}, or {@code ./picloud ARGS}. */
public final class Main {
  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    // Lets 'invoke -H "Host: …"' reach a domain-routed app; the JDK client refuses to set Host otherwise.
    if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
      System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Session session = new Session(System.getenv(), System.in, out, err, Clock.systemUTC());
    int code = Cli.run(session, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
