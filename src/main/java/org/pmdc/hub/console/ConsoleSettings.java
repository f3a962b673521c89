package org.pmdc.hub.console;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may sign in to the console, and how hard a password is to guess.
 *
 * @param adminUsername the first administrator, created while the console has none
 * @param adminPassword its first password; unset, one is generated into {@code adminPasswordFile}.
 *     Either way it must be changed at the first sign-in
 * @param adminPasswordFile where a generated first password is written (readable by the owner only)
 * @param failedSignInLimit failed sign-ins in a row that lock a user
 * @param lockout how long a locked user stays locked (an administrator may enable it sooner)
 * @param minPasswordLength the shortest password a user may choose
 * @param invitationTtl how long an invitation link works (it works once)
 */
@Validated
@ConfigurationProperties("pmdc.console")
record ConsoleSettings(
    @DefaultValue("admin") @NotBlank String adminUsername,
    String adminPassword,
    @DefaultValue("data/console-admin-password") @NotNull Path adminPasswordFile,
    @DefaultValue("5") @Min(1) int failedSignInLimit,
    @DefaultValue("15m") @NotNull Duration lockout,
    @DefaultValue("12") @Min(8) int minPasswordLength,
    @DefaultValue("72h") @NotNull Duration invitationTtl) {}
