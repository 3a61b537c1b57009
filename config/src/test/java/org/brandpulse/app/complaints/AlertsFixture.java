package org.brandpulse.app.complaints;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.brandpulse.app.cli.AppContext;
import org.brandpulse.app.settings.AlertSettings;
import org.brandpulse.app.settings.JournalSettings;
import org.brandpulse.app.settings.SettingsLoader;
import org.brandpulse.ingest.AnalyzedPost;
import org.brandpulse.ingest.Author;
import org.brandpulse.ingest.Engagement;
import org.brandpulse.ingest.Post;
import org.brandpulse.ingest.store.PostStore;
import org.brandpulse.nlp.Complaint;
import org.brandpulse.nlp.ComplaintCategory;
import org.brandpulse.nlp.Sentiment;
import org.brandpulse.nlp.Severity;
import org.brandpulse.nlp.TextAnalysis;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An installation in a temporary folder with two brands, posts written straight into its store, and
 * GreenMail as its SMTP server and journal mailbox.
 */
final class AlertsFixture {

  static final String CONFIG =
      """
      dataDir: data
      brands:
        - name: Bazarly
          query: bazarly
          handles: [bazarly, bazarly_help]
          recipients: [care@bazarly.example, social@bazarly.example]
          competitors:
            - {name: ShopNest, query: shopnest}
        - name: Dhakart
          query: dhakart
          handles: [dhakart]
          recipients: [help@dhakart.example]
      sources:
        - {name: social, type: jsonl, glob: 'exports/*.jsonl', sourceKey: social}
      """;

  static final String JOURNAL = "journal@brandpulse.example";

  /** Thrown by a wrapped bean to stand for the process being killed at that point. */
  static final class Killed extends Error {
    Killed(String where) {
      super("killed " + where);
    }
  }

  final Path dir;
  final GreenMailOperations mail;
  private ConfigurableApplicationContext context;
  boolean journal = true;

  AlertsFixture(Path dir, GreenMailOperations mail) {
    this(dir, mail, "");
  }

  /** A fixture whose configuration has extra top-level YAML, e.g. a {@code database:} block. */
  AlertsFixture(Path dir, GreenMailOperations mail, String extraYaml) {
    this.dir = dir;
    this.mail = mail;
    try {
      Files.writeString(dir.resolve("brandpulse.yml"), CONFIG + extraYaml);
      Files.createDirectories(dir.resolve("exports"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AlertSettings settings(int imapPort, boolean journal) {
    return new AlertSettings(
        "alerts@brandpulse.example",
        "https://brandpulse.example/",
        4,
        60,
        60,
        7,
        3,
        Map.of("Bazarly", List.of("boss@bazarly.example")),
        journal
            ? new JournalSettings(JOURNAL, "127.0.0.1", imapPort, null, null, null, false)
            : null);
  }

  @SafeVarargs
  final ConfigurableApplicationContext start(
      ApplicationContextInitializer<ConfigurableApplicationContext>... more) {
    List<ApplicationContextInitializer<ConfigurableApplicationContext>> all = new ArrayList<>();
    all.add(
        ctx -> {
          ctx.getEnvironment()
              .getPropertySources()
              .addFirst(
                  new MapPropertySource(
                      "greenmail",
                      Map.of(
                          "spring.mail.host",
                          "127.0.0.1",
                          "spring.mail.port",
                          mail.getSmtp().getPort())));
          ctx.addBeanFactoryPostProcessor(
              bf -> {
                GenericBeanDefinition def = new GenericBeanDefinition();
                def.setBeanClass(AlertSettings.class);
                def.setInstanceSupplier(() -> settings(mail.getImap().getPort(), journal));
                def.setPrimary(true);
                ((BeanDefinitionRegistry) bf).registerBeanDefinition("testAlertSettings", def);
              });
        });
    all.addAll(List.of(more));
    @SuppressWarnings("unchecked")
    ApplicationContextInitializer<ConfigurableApplicationContext>[] array =
        all.toArray(ApplicationContextInitializer[]::new);
    return AppContext.start(SettingsLoader.load(dir.resolve("brandpulse.yml")), array);
  }

  /**
   * Runs the job once at {@code at}: in the running context, or, when initializers are given, in a
   * new one with them (a "process" that may be killed).
   */
  @SafeVarargs
  final AlertRun run(
      Instant at, ApplicationContextInitializer<ConfigurableApplicationContext>... more)
      throws Exception {
    if (more.length > 0) {
      restart(more);
    }
    return context().getBean(ComplaintAlertsJob.class).run(at);
  }

  /** The running context, started when there is none. */
  ConfigurableApplicationContext context() {
    if (context == null || !context.isActive()) {
      context = start();
    }
    return context;
  }

  /** Stops the running context (the process died) and starts a new one. */
  @SafeVarargs
  final void restart(ApplicationContextInitializer<ConfigurableApplicationContext>... more) {
    close();
    context = start(more);
  }

  void close() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  void store(AnalyzedPost... posts) throws Exception {
    context().getBean(PostStore.class).upsert(List.of(posts));
  }

  List<String> column(String sql) {
    return context().getBean(JdbcTemplate.class).queryForList(sql, String.class);
  }

  /** Messages delivered to one address, read back over IMAP, oldest first. */
  List<MimeMessage> inbox(String address) throws Exception {
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", mail.getImap().getPort(), address, "any");
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<MimeMessage> out = new ArrayList<>();
      for (Message m : inbox.getMessages()) {
        out.add(new MimeMessage((MimeMessage) m));
      }
      inbox.close(false);
      return out;
    }
  }

  /** The Message-IDs in one mailbox, in arrival order (a duplicate shows twice). */
  List<String> messageIds(String address) throws Exception {
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : inbox(address)) {
      ids.add(m.getMessageID());
    }
    return ids;
  }

  /** A complaint post that needs a reply. */
  static AnalyzedPost complaint(
      String id,
      String brand,
      String handle,
      long followers,
      String text,
      Severity severity,
      ComplaintCategory category,
      Instant createdAt) {
    return post(
        id,
        Set.of(brand),
        handle,
        followers,
        text,
        createdAt,
        null,
        new Complaint(0.9, category, severity, true));
  }

  /** Any post. */
  static AnalyzedPost post(
      String id,
      Set<String> brands,
      String handle,
      long followers,
      String text,
      Instant createdAt,
      String replyToId,
      Complaint complaint) {
    Post p =
        new Post(
            "social:" + id,
            "social",
            "https://social.example/" + handle + "/" + id,
            new Author(handle, handle.toUpperCase(java.util.Locale.ROOT), followers),
            text,
            null,
            createdAt,
            null,
            replyToId,
            new Engagement(3, 1, 2),
            createdAt.plusSeconds(60));
    TextAnalysis a =
        new TextAnalysis(
            "en",
            Sentiment.NEUTRAL,
            complaint,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "fast");
    return new AnalyzedPost(p, brands, a, Set.of());
  }

  /** The same post, fetched (stored by an ingest run) at {@code at}: what a backfill looks like. */
  static AnalyzedPost fetchedAt(AnalyzedPost ap, Instant at) {
    Post p = ap.post();
    Post fetched =
        new Post(
            p.id(),
            p.source(),
            p.url(),
            p.author(),
            p.text(),
            p.language(),
            p.createdAt(),
            p.threadId(),
            p.replyToId(),
            p.engagement(),
            at);
    return new AnalyzedPost(fetched, ap.brands(), ap.analysis(), ap.duplicateIds());
  }

  /** Wraps the bean of a type in a proxy whose interceptor may throw {@link Killed}. */
  static ApplicationContextInitializer<ConfigurableApplicationContext> wrap(
      Class<?> type, MethodInterceptor interceptor) {
    return ctx ->
        ctx.getBeanFactory()
            .addBeanPostProcessor(
                new BeanPostProcessor() {
                  @Override
                  public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!type.isInstance(bean)) {
                      return bean;
                    }
                    ProxyFactory f = new ProxyFactory(bean);
                    f.setProxyTargetClass(!type.isInterface());
                    f.addAdvice(interceptor);
                    return f.getProxy();
                  }
                });
  }
}
