package id.kinerja.support;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points the application at {@link TestDatabase}; the pool closes before the database stops. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfig {

  @Bean(destroyMethod = "close")
  TestDatabase testDatabase() {
    return TestDatabase.start();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(TestDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.url());
    dataSource.setUsername(database.user());
    dataSource.setPassword(database.password());
    dataSource.setMaximumPoolSize(10);
    return dataSource;
  }
}
