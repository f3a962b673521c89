package org.pmdc.hub.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSubmissionSize the largest body the REST intake accepts, submissions and previews (413
 *     above it, on the bytes read); a request body is held in memory, so this stays well below the heap
 * @param maxFileSize the largest file the folder and SFTP channels take; files are streamed, so
 *     this may exceed the heap
 */
@ConfigurationProperties("pmdc.intake")
public record IntakeSettings(
    @DefaultValue("50MB") DataSize maxSubmissionSize, @DefaultValue("2GB") DataSize maxFileSize) {}
