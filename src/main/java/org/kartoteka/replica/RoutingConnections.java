package org.kartoteka.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** Hands Hibernate the pool of the datasource {@link RoutingTenantResolver} chose. */
@PersistenceUnitExtension
@ApplicationScoped
public class RoutingConnections implements TenantConnectionResolver {

    @Inject
    ReadReplica replica;

    @Override
    public ConnectionProvider resolve(String tenantId) {
        if (ReadReplica.REPLICA.equals(tenantId) && replica.configured()) {
            return new QuarkusConnectionProvider(replica.replica());
        }
        return new QuarkusConnectionProvider(replica.primary());
    }
}
