package org.pmdc.hub.translation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory the folder of mapping files ({@code *.yaml}) */
@ConfigurationProperties("pmdc.mappings")
record MappingSettings(@DefaultValue("mappings") Path directory) {}
