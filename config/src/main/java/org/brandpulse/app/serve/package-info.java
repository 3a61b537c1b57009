/**
 * {@code brandpulse serve}: the jobs on their cron schedules, with the web UI.
 *
 * <p>{@link org.brandpulse.app.serve.ServeCommand} loads the configuration and starts the web
 * context through {@link org.brandpulse.app.serve.ServeApp}; {@link
 * org.brandpulse.app.serve.ServeSettings} is the {@code serve:} block (port, address, schedules,
 * users). {@link org.brandpulse.app.serve.JobScheduler} fires every {@link
 * org.brandpulse.app.serve.ScheduledJob} bean on its cron and first takes the job's lease in the
 * {@code JOB_LOCK} table ({@link org.brandpulse.app.serve.JobLock}), so two instances on one
 * database never run a job at once; a lease that stops being renewed (the instance died) runs out
 * and is taken over. {@link org.brandpulse.app.serve.BuiltInJobs} adapts the existing services;
 * another job plugs in by declaring a {@code ScheduledJob} bean. {@link
 * org.brandpulse.app.serve.ServeMetrics} and {@link org.brandpulse.app.serve.BatchObservations}
 * feed {@code /actuator/prometheus}. {@link org.brandpulse.app.serve.HashPasswordCommand} prints
 * password hashes for {@code serve.users}.
 *
 * <p>Everything here is only in the web context ({@code @ConditionalOnWebApplication}): the other
 * commands' contexts stay non-web and schedule nothing.
 */
package org.brandpulse.app.serve;
