package org.brandpulse.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The login form over real HTTP: password guessing is throttled and logged, and anonymous visitors
 * leave no server session behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginHardeningTest {

  ServeFixture fixture;
  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    fixture = ServeFixture.start(dir);
    log.start();
    ((Logger) LoggerFactory.getLogger(LoginThrottleFilter.class)).addAppender(log);
  }

  @AfterAll
  void stop() {
    ((Logger) LoggerFactory.getLogger(LoginThrottleFilter.class)).detachAppender(log);
    fixture.close();
  }

  @Test
  void sixtyWrongPasswordsLockTheAccountEvenForTheRightOneAndAreLogged() throws Exception {
    WebClient guesser = new WebClient(fixture.port);
    int locked = 0;
    for (int i = 0; i < 60; i++) {
      HttpResponse<String> answer = guesser.login("adam", "guess-" + i);
      if (answer.headers().firstValue("Location").orElse("").endsWith("/login?locked")) {
        locked++;
      }
    }
    assertThat(locked).as("after 5 failures, the rest are refused unchecked").isEqualTo(55);
    HttpResponse<String> right =
        new WebClient(fixture.port).login("adam", ServeFixture.ADMIN_PASSWORD);
    assertThat(right.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    assertThat(new WebClient(fixture.port).get("/login?locked").body())
        .contains("Too many failed logins");
    List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("login failed for user 'adam' from 127.0.0.1"))
        .hasSize(5);
    assertThat(lines).anyMatch(l -> l.startsWith("login refused without checking the password"));
    assertThat(lines).noneMatch(l -> l.contains("guess-"));
    // another account from the same address still logs in (the address limit is 20)
    HttpResponse<String> vera =
        new WebClient(fixture.port).login("vera", ServeFixture.VIEWER_PASSWORD);
    assertThat(vera.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error").doesNotContain("locked"));
  }

  @Test
  void anonymousRequestsCreateNoServerSession() throws Exception {
    int before = activeSessions();
    for (int i = 0; i < 200; i++) {
      WebClient anonymous = new WebClient(fixture.port);
      for (String page : new String[] {"/login", "/", "/cases?brand=x"}) {
        HttpResponse<String> answer = anonymous.get(page);
        assertThat(answer.headers().allValues("Set-Cookie"))
            .as(page)
            .noneMatch(c -> c.startsWith("JSESSIONID"));
      }
    }
    assertThat(activeSessions()).isEqualTo(before);
    // the login form still works without a session before it, and lands where it was headed
    WebClient mina = new WebClient(fixture.port);
    mina.get("/cases");
    HttpResponse<String> answer = mina.login("mina", ServeFixture.MANAGER_PASSWORD);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/cases"));
    assertThat(mina.get("/cases").statusCode()).isEqualTo(200);
  }

  private int activeSessions() {
    TomcatWebServer server =
        (TomcatWebServer) ((WebServerApplicationContext) fixture.context).getWebServer();
    org.apache.catalina.Context context =
        (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
    return context.getManager().getActiveSessions();
  }
}
