package org.kartoteka.common;

import java.sql.SQLException;

/** Reads PostgreSQL's integrity errors, so that a rule the schema enforces answers as a 409 or 422. */
final class SqlStates {

    private SqlStates() {}

    /**
     * The driver's exception under a failure. A statement run in a JDBC batch (Hibernate batches
     * writes, see application.properties) fails as a BatchUpdateException whose next exception is
     * the server's error, with the constraint's name: that one is returned.
     */
    static SQLException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null) {
                return batch.getNextException();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql;
            }
        }
        return null;
    }

    static boolean isIntegrityViolation(SQLException e) {
        return e.getSQLState().startsWith("23");
    }

    static ProblemType problemType(SQLException e) {
        return switch (e.getSQLState()) {
            case "23505", "23503", "23P01" -> ProblemType.CONFLICT;
            default -> ProblemType.VALIDATION;
        };
    }

    static String describe(SQLException e) {
        String constraint = constraintName(e);
        return switch (e.getSQLState()) {
            case "23505" -> ConstraintMessages.unique(constraint);
            case "23503" -> ConstraintMessages.referenced(constraint);
            case "23P01" -> ConstraintMessages.overlap(constraint);
            default -> ConstraintMessages.check(constraint);
        };
    }

    private static String constraintName(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            String name = psql.getServerErrorMessage().getConstraint();
            return name == null ? "" : name;
        }
        return "";
    }
}
