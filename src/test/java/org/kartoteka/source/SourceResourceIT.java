package org.kartoteka.source;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The source tests again, against the packaged jar. */
@QuarkusIntegrationTest
class SourceResourceIT extends SourceResourceTest {}
