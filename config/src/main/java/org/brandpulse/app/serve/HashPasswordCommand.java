package org.brandpulse.app.serve;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.brandpulse.app.cli.ExitCodes;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code brandpulse hash-password}: reads a password (from the console without echo, else the first
 * line of stdin) and prints its {@code {bcrypt}} hash for {@code serve.users[].passwordHash}.
 */
@Command(
    name = "hash-password",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a password from the console (or the first line of stdin) and prints the hash to put"
          + " in serve.users[].passwordHash."
    })
public class HashPasswordCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    char[] password = read();
    try {
      if (password == null || password.length == 0) {
        spec.commandLine().getErr().println("brandpulse: no password given (expected one line)");
        return ExitCodes.USAGE;
      }
      spec.commandLine()
          .getOut()
          .println(
              PasswordEncoderFactories.createDelegatingPasswordEncoder()
                  .encode(new String(password)));
      return ExitCodes.OK;
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  private static char[] read() throws IOException {
    Console console = System.console();
    if (console != null) {
      char[] first = console.readPassword("Password: ");
      char[] again = console.readPassword("Again: ");
      if (first == null || !Arrays.equals(first, again)) {
        throw new IllegalArgumentException("the two passwords differ");
      }
      Arrays.fill(again, '\0');
      return first;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    return line == null ? null : line.toCharArray();
  }
}
