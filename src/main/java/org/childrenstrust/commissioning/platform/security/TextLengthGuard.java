package org.childrenstrust.commissioning.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.ToOneAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Text longer than its column is refused before the database sees it, for every entity of every
 * feature: before each insert and update, every text value is compared with the length of its
 * column as the database declares it (the Flyway scripts are the one place the limits are
 * written). The person gets a 400 naming the field and the limit, and nothing is written: the
 * domain API, the engine REST API and Tasklist all answer it as bad input.
 */
@Component
public class TextLengthGuard implements PreInsertEventListener, PreUpdateEventListener {

  /** Character columns longer than this are unlimited text ({@code text} on PostgreSQL). */
  private static final int UNLIMITED = 1_000_000;
  private static final Set<Integer> CHARACTER_TYPES =
      Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGVARCHAR, Types.LONGNVARCHAR);

  private final EntityManagerFactory entityManagerFactory;
  private final DataSource dataSource;
  private volatile Map<String, Integer> columnLengths;

  public TextLengthGuard(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
    this.entityManagerFactory = entityManagerFactory;
    this.dataSource = dataSource;
  }

  @PostConstruct
  void register() {
    SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
    registry.appendListeners(EventType.PRE_INSERT, this);
    registry.appendListeners(EventType.PRE_UPDATE, this);
  }

  @Override
  public boolean onPreInsert(PreInsertEvent event) {
    check(event.getPersister(), event.getState(), event.getSession());
    return false;
  }

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    check(event.getPersister(), event.getState(), event.getSession());
    return false;
  }

  private void check(EntityPersister persister, Object[] state, SharedSessionContractImplementor session) {
    var attributes = persister.getAttributeMappings();
    for (int i = 0; i < attributes.size(); i++) {
      AttributeMapping attribute = attributes.get(i);
      if (attribute instanceof PluralAttributeMapping || attribute instanceof ToOneAttributeMapping) {
        continue;
      }
      Object value = state[attribute.getStateArrayPosition()];
      if (value == null) {
        continue;
      }
      attribute.breakDownJdbcValues(value, 0, null, null,
          (index, x, y, jdbcValue, selectable) -> checkLength(jdbcValue, selectable), session);
    }
  }

  private void checkLength(Object value, SelectableMapping column) {
    if (!(value instanceof String text)) {
      return;
    }
    Integer max = lengths().get(key(column.getContainingTableExpression(), column.getSelectionExpression()));
    if (max != null && text.length() > max) {
      throw tooLong(column.getSelectionExpression(), max, text.length());
    }
  }

  /**
   * A text the application writes itself (not a person's input, which is refused when too long),
   * shortened to {@code max} characters with a note saying where the rest is.
   */
  public static String fit(String text, int max, String whereTheRestIs) {
    return org.childrenstrust.commissioning.platform.process.FormData.fit(text, max, whereTheRestIs);
  }

  /** The refusal: which field, its limit and how long the text was. */
  public static BusinessRuleViolation tooLong(String field, int max, int given) {
    String name = field.replace('_', ' ').toLowerCase(Locale.ROOT);
    return new BusinessRuleViolation(BusinessRuleViolation.Kind.MALFORMED, String.format(Locale.UK,
        "The text for '%s' is too long: at most %,d characters are allowed, this one has %,d. Shorten it and try again.",
        name, max, given));
  }

  private Map<String, Integer> lengths() {
    Map<String, Integer> lengths = columnLengths;
    if (lengths == null) {
      lengths = readColumnLengths();
      columnLengths = lengths;
    }
    return lengths;
  }

  private Map<String, Integer> readColumnLengths() {
    Map<String, Integer> lengths = new ConcurrentHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet columns = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
        while (columns.next()) {
          int size = columns.getInt("COLUMN_SIZE");
          if (CHARACTER_TYPES.contains(columns.getInt("DATA_TYPE")) && size > 0 && size < UNLIMITED) {
            lengths.put(key(columns.getString("TABLE_NAME"), columns.getString("COLUMN_NAME")), size);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the column lengths of the database", e);
    }
    return lengths;
  }

  private static String key(String table, String column) {
    String bareTable = table.substring(table.lastIndexOf('.') + 1);
    return (bareTable + "." + column).replace("\"", "").toLowerCase(Locale.ROOT);
  }
}
