package org.brandpulse.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link LoginThrottle} to the login form: a locked account or address is sent back to
 * the login page before its password is even checked, every failed login is counted and logged
 * (user name and client address, never the password), a successful one clears the account.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getParameter("username");
    Duration wait = throttle.wait(user, request.getRemoteAddr());
    if (!wait.isZero()) {
      log.warn(
          "login refused without checking the password: too many failed logins for user '{}' or"
              + " from {}; locked for {} s more",
          clean(user),
          request.getRemoteAddr(),
          wait.toSeconds());
      response.sendRedirect(request.getContextPath() + "/login?locked");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Counts and logs a failure, then shows the login page's error. */
  AuthenticationFailureHandler failureHandler() {
    SimpleUrlAuthenticationFailureHandler page =
        new SimpleUrlAuthenticationFailureHandler("/login?error");
    return (HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationException e) -> {
      String user = request.getParameter("username");
      int failures = throttle.failed(user, request.getRemoteAddr());
      log.warn(
          "login failed for user '{}' from {} ({} failures in {} min)",
          clean(user),
          request.getRemoteAddr(),
          failures,
          LoginThrottle.WINDOW.toMinutes());
      page.onAuthenticationFailure(request, response, e);
    };
  }

  /**
   * Clears the account's failures, then goes where the login was headed (the page asked for before
   * it, saved by {@code requestCache}).
   */
  AuthenticationSuccessHandler successHandler(
      org.springframework.security.web.savedrequest.RequestCache requestCache) {
    SavedRequestAwareAuthenticationSuccessHandler target =
        new SavedRequestAwareAuthenticationSuccessHandler();
    target.setDefaultTargetUrl("/");
    target.setRequestCache(requestCache);
    return (HttpServletRequest request, HttpServletResponse response, Authentication auth) -> {
      throttle.succeeded(auth.getName());
      target.onAuthenticationSuccess(request, response, auth);
    };
  }

  /** A user name as typed, safe for a log line. */
  private static String clean(String user) {
    if (user == null) {
      return "";
    }
    String s = user.replaceAll("\\p{Cntrl}", "?");
    return s.length() > 100 ? s.substring(0, 100) + "…" : s;
  }
}
