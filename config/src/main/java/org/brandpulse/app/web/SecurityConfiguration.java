package org.brandpulse.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.brandpulse.app.serve.ServeSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what in the web UI. Form login with the users of {@code serve.users} (passwords
 * hashed, any {@code {id}} the delegating encoder knows); roles nest: an admin is also a manager, a
 * manager also a viewer. Viewers read everything; only managers change complaint cases; only admins
 * read {@code /actuator/prometheus}; {@code /actuator/health} is public. CSRF protection is on for
 * every form. UI pages get a strict Content-Security-Policy (no inline script or style, no other
 * host); an archived report gets one that runs its own inline scripts in a sandbox and still loads
 * nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

  /** The UI pages' policy. */
  static final String UI_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** An archived report's policy: its inline scripts and styles, nothing from other hosts. */
  static final String REPORT_CSP =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
          + " img-src data:; font-src data:; base-uri 'none'; form-action 'none';"
          + " frame-ancestors 'self'; sandbox allow-scripts";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(ServeSettings serve) {
    List<UserDetails> users = new ArrayList<>();
    for (ServeSettings.User u : serve.users()) {
      users.add(
          User.withUsername(u.username())
              .password(u.passwordHash())
              .roles(impliedRoles(u.roles()))
              .build());
    }
    return new InMemoryUserDetailsManager(users);
  }

  /** A role and the roles below it, upper case. */
  static String[] impliedRoles(List<String> roles) {
    List<String> out = new ArrayList<>();
    for (String role : roles) {
      switch (role.toLowerCase(Locale.ROOT)) {
        case "admin" -> out.addAll(List.of("ADMIN", "MANAGER", "VIEWER"));
        case "manager" -> out.addAll(List.of("MANAGER", "VIEWER"));
        default -> out.add("VIEWER");
      }
    }
    return out.stream().distinct().toArray(String[]::new);
  }

  @Bean
  LoginThrottle loginThrottle(java.time.Clock clock) {
    return new LoginThrottle(clock);
  }

  /**
   * No server session before a login: the CSRF token lives in a cookie and the page asked for
   * before the login in another, so anonymous requests cost the server nothing to remember.
   */
  @Bean
  SecurityFilterChain uiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
    LoginThrottleFilter throttleFilter = new LoginThrottleFilter(throttle);
    var requestCache = new org.springframework.security.web.savedrequest.CookieRequestCache();
    RequestMatcher report = PathPatternRequestMatcher.withDefaults().matcher("/reports/*/file");
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers("/login", "/css/**", "/favicon.ico", "/favicon.svg", "/error")
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/cases/**")
                    .hasRole("MANAGER")
                    .anyRequest()
                    .hasRole("VIEWER"))
        .formLogin(
            f ->
                f.loginPage("/login")
                    .successHandler(throttleFilter.successHandler(requestCache))
                    .failureHandler(throttleFilter.failureHandler()))
        .addFilterBefore(
            throttleFilter,
            org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter
                .class)
        .csrf(
            c ->
                c.csrfTokenRepository(
                    new org.springframework.security.web.csrf.CookieCsrfTokenRepository()))
        .requestCache(
            r ->
                r.requestCache(
                    new org.springframework.security.web.savedrequest.CookieRequestCache()))
        .sessionManagement(
            s ->
                s.sessionCreationPolicy(
                    org.springframework.security.config.http.SessionCreationPolicy.IF_REQUIRED))
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        .headers(
            h ->
                h.frameOptions(f -> f.sameOrigin())
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            report, new StaticHeadersWriter("Content-Security-Policy", REPORT_CSP)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(report),
                            new StaticHeadersWriter("Content-Security-Policy", UI_CSP)))
                    .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", "same-origin")));
    return http.build();
  }
}
