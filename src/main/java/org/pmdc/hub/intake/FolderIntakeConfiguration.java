package org.pmdc.hub.intake;

import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FolderIntakeConfiguration {

  /**
   * Read locks shared by every hub watching the drop folder (table {@code camel_messageprocessed},
   * created by Flyway), so one instance alone takes a file.
   */
  @Bean
  JdbcMessageIdRepository folderReadLocks(DataSource dataSource) {
    JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "folder-intake");
    repository.setCreateTableIfNotExists(false);
    return repository;
  }
}
