/**
 * The web UI of {@code brandpulse serve}: Spring MVC controllers with Thymeleaf templates ({@code
 * templates/}, one stylesheet in {@code static/css}, nothing from other hosts).
 *
 * <p>{@link org.brandpulse.app.web.SecurityConfiguration} sets the rules: form login, roles viewer
 * &lt; manager &lt; admin, CSRF on every form, a strict Content-Security-Policy. The pages: the
 * dashboard and health page ({@link org.brandpulse.app.web.DashboardController}), the complaint
 * inbox ({@link org.brandpulse.app.web.CaseController}, read through {@link
 * org.brandpulse.app.web.CaseInbox}, changed through the alerts package's {@code CaseStore}), the
 * report archive ({@link org.brandpulse.app.web.ReportController}) and the audits ({@link
 * org.brandpulse.app.web.AuditController}). Post and page text is only ever written with {@code
 * th:text}, so it is escaped. Times and stored codes reach people through {@link
 * org.brandpulse.app.web.WebFormat} ({@code @fmt} in the templates): UTC that says so, words
 * instead of enum names.
 *
 * <p>{@code WebUiChromiumIT} loads every page in headless Chromium and keeps a screenshot of each
 * in {@code target/web-screenshots/}: look at them after changing a template or the stylesheet.
 */
package org.brandpulse.app.web;
