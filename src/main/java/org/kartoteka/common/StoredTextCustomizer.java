package org.kartoteka.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Every JSON body the service reads goes through {@link StoredText}. */
@Singleton
public class StoredTextCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(StoredText.jacksonModule());
    }
}
