package org.brandpulse.app;

import org.brandpulse.app.cli.BrandpulseCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Brandpulse application. {@link #main} is the command line ({@code ./brandpulse}); commands
 * that need the jobs start the Spring context themselves, so {@code --help} stays instant.
 */
@SpringBootApplication
public class BrandpulseApplication {

  public static void main(String[] args) {
    System.exit(BrandpulseCommand.execute(args));
  }
}
