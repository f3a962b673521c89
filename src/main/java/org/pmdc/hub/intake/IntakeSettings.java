package org.pmdc.hub.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxSubmissionSize the largest body the REST intake accepts (413 above it) */
@ConfigurationProperties("pmdc.intake")
record IntakeSettings(@DefaultValue("50MB") DataSize maxSubmissionSize) {}
