package org.pmdc.hub.observability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param overdueThreshold how late a due delivery may be before the health reads BACKLOGGED */
@ConfigurationProperties("pmdc.backlog")
record BacklogSettings(@DefaultValue("10m") Duration overdueThreshold) {}
