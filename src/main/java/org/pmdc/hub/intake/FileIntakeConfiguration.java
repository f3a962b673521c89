package org.pmdc.hub.intake;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FileIntakeConfiguration {

  /**
   * Read locks shared by every hub watching the drop folder and the SFTP sources (table {@code
   * camel_messageprocessed}, created by Flyway), so one instance alone takes a file.
   */
  @Bean
  JdbcMessageIdRepository fileReadLocks(DataSource dataSource) {
    JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "file-intake");
    repository.setCreateTableIfNotExists(false);
    return repository;
  }
}
