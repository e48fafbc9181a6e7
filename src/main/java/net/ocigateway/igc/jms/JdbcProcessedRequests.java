package net.ocigateway.igc.jms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Processed requests in a database that every gateway instance on the broker shares: the primary key makes
 * exactly one instance the owner of a requestId, however many copies of the request are in flight.
 */
final class JdbcProcessedRequests implements ProcessedRequests {

    static final String TABLE = "igc_jms_processed_requests";

    private static final String CREATE = "create table if not exists " + TABLE
            + " (request_id varchar(200) primary key, claimed_at bigint not null, result varchar(1000000))";
    private static final String INSERT = "insert into " + TABLE + " (request_id, claimed_at) values (?, ?)";
    private static final String SELECT = "select result, claimed_at from " + TABLE + " where request_id = ?";
    private static final String TAKE_OVER = "update " + TABLE
            + " set claimed_at = ? where request_id = ? and result is null and claimed_at = ?";
    private static final String COMPLETE = "update " + TABLE + " set result = ? where request_id = ?";
    private static final String RELEASE = "delete from " + TABLE + " where request_id = ? and result is null";

    private final DataSource dataSource;
    private final Duration claimTimeout;
    private final Clock clock;

    JdbcProcessedRequests(DataSource dataSource, Duration claimTimeout, Clock clock) {
        this.dataSource = dataSource;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
        update(CREATE);
    }

    @Override
    public Claim claim(String requestId) {
        // A claim released between the failed insert and the select is simply tried again.
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                long now = clock.millis();
                if (inserted(connection, requestId, now)) {
                    return Claim.TAKEN;
                }
                try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                    select.setString(1, requestId);
                    try (ResultSet row = select.executeQuery()) {
                        if (row.next()) {
                            return known(connection, requestId, row.getString(1), row.getLong(2), now);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot claim request " + requestId, e);
            }
        }
        return Claim.RUNNING;
    }

    @Override
    public void complete(String requestId, String result) {
        update(COMPLETE, result, requestId);
    }

    @Override
    public void release(String requestId) {
        update(RELEASE, requestId);
    }

    private Claim known(Connection connection, String requestId, String result, long claimedAt, long now)
            throws SQLException {
        if (result != null) {
            return Claim.done(result);
        }
        // An instance that died mid-request never completes its claim: after the timeout another takes it over.
        if (claimedAt + claimTimeout.toMillis() < now) {
            try (PreparedStatement takeOver = connection.prepareStatement(TAKE_OVER)) {
                takeOver.setLong(1, now);
                takeOver.setString(2, requestId);
                takeOver.setLong(3, claimedAt);
                if (takeOver.executeUpdate() == 1) {
                    return Claim.TAKEN;
                }
            }
        }
        return Claim.RUNNING;
    }

    private static boolean inserted(Connection connection, String requestId, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, requestId);
            insert.setLong(2, now);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            // SQL state class 23: integrity constraint violation, here the primary key: already claimed.
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("processed-requests store failed: " + sql, e);
        }
    }
}
