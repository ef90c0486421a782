package dev.picloud.cli.command;

import dev.picloud.cli.Cli;
import dev.picloud.cli.ExitCode;
import dev.picloud.cli.Session;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * A training run for the {@code ./picloud} wrapper's class-data archive (AppCDS): runs the common commands against
 * a canned HTTP answer on a loopback socket, in a scratch config directory, printing nothing, so the JVM that dumps
 * the archive has loaded what real commands load — whichever command happens to run first after a build. Hidden;
 * not a user command.
 */
@Command(name = "__cds-training", hidden = true, description = "Internal: the class-data archive's training run.")
final class TrainingCommand implements Callable<Integer> {
  private static final String CANNED =
      "{\"apps\":[],\"scripts\":[],\"routes\":[],\"executions\":[],\"versions\":[],\"id\":"
          + "\"00000000-0000-7000-8000-000000000001\",\"app_id\":\"00000000-0000-7000-8000-000000000001\","
          + "\"name\":\"training\",\"slug\":\"default\",\"version\":1,\"method\":\"GET\",\"path\":\"/t\",\"host\":\"\","
          + "\"domains\":[],\"source\":\"1\",\"language\":\"rhai\",\"matched\":false,\"reason\":\"no_route\"}";

  TrainingCommand() {}

  @Override
  public Integer call() throws IOException {
    Path scratch = Files.createTempDirectory("picloud-cds-training");
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> serve(server));
      Map<String, String> env =
          Map.of(
              "XDG_CONFIG_HOME", scratch.toString(),
              "PICLOUD_URL", "http://127.0.0.1:" + server.getLocalPort(),
              "PICLOUD_TOKEN", "training");
      Path script = Files.writeString(scratch.resolve("training.rhai"), "1");
      String[][] runs = {
        {"login", "http://127.0.0.1:" + server.getLocalPort(), "--token", "training"},
        {"deploy", script.toString(), "--route", "GET:/t"},
        {"deploy", script.toString(), "--json"},
        {"invoke", "training", "-d", "{\"a\":1}", "-H", "X-A: b", "-i"},
        {"apps", "list"},
        {"scripts", "list"},
        {"routes", "match", "/t"},
        {"logs", "training"},
        {"deploy", "--help"},
      };
      for (String[] args : runs) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Cli.run(new Session(env, new ByteArrayInputStream(new byte[0]), nowhere, nowhere, Clock.systemUTC()), args);
      }
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return ExitCode.OK;
  }

  /** Answers every request on every connection with the canned JSON, keeping connections open. */
  private static void serve(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread.ofVirtual().start(() -> answer(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void answer(Socket socket) {
    byte[] body = CANNED.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      while (true) {
        long length = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
          String lower = line.toLowerCase(Locale.ROOT);
          if (lower.startsWith("content-length:")) {
            length = Long.parseLong(lower.substring(15).trim());
          }
        }
        if (length > 0) {
          in.skipNBytes(length);
        }
        out.write(head);
        out.write(body);
        out.flush();
      }
    } catch (IOException | NumberFormatException e) {
      // the client closed the connection: this training answer is done
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("closed");
      }
      if (c != '\r') {
        line.write(c);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
