package org.brandpulse.reporting.period;

import java.util.Objects;

/**
 * One breakdown's part in a total change, for example one channel's part in the growth of
 * pageviews.
 *
 * <p>{@code share = Δ_i / Δ_total}. The shares of all breakdowns sum to 1 (100 %) whenever the
 * total changed, because the total is the sum of the breakdowns. Sign conventions:
 *
 * <ul>
 *   <li>total up: a positive share drove the growth, a negative share held it back;
 *   <li>total down: a positive share drove the decline (that breakdown fell too), a negative share
 *       offset it (that breakdown grew);
 *   <li>total unchanged: the share is undefined and {@code null}; read {@link Change#absolute()}.
 * </ul>
 *
 * A single share can exceed 1 when other breakdowns moved the other way.
 *
 * @param key the breakdown (channel, landing page, ...)
 * @param change the breakdown's own change
 * @param share {@code Δ_i / Δ_total}, or {@code null} when the total did not change
 */
public record Contribution(String key, Change change, Double share) {

  public Contribution {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(change, "change");
  }
}
