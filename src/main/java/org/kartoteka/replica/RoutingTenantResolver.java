package org.kartoteka.replica;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Chooses, when Hibernate opens a session, the datasource its reads and writes use: the two
 * datasources are the "tenants" of Hibernate's DATABASE multitenancy, which is only this switch
 * here (one schema, one set of data). A session opened in a transaction or for a request whose
 * reads may not lag uses the primary.
 */
@PersistenceUnitExtension
@RequestScoped
public class RoutingTenantResolver implements TenantResolver {

    @Inject
    ReadReplica replica;

    @Inject
    ReadRoute route;

    @Override
    public String getDefaultTenantId() {
        return ReadReplica.PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return replica.configured() && route.toReplica() ? ReadReplica.REPLICA : ReadReplica.PRIMARY;
    }
}
