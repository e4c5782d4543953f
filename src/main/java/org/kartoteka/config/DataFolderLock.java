package org.kartoteka.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second Kartoteka off a data folder that one is already using. The lock is an operating
 * system file lock on {@code <data folder>.lock} beside the folder, held for the life of the
 * process: the kernel releases it when the process ends in any way, {@code kill -9} included, so
 * a lock that can be taken means no live Kartoteka uses the folder (whatever it left behind).
 */
final class DataFolderLock implements AutoCloseable {

    /** The folder is in use; the message is the one line the operator reads. */
    static final class InUseException extends RuntimeException {
        InUseException(String message) {
            super(message, null, false, false);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path data) {
        return data.resolveSibling(data.getFileName() + ".lock");
    }

    /** Takes the lock of this data folder, or throws {@link InUseException} naming the folder. */
    static DataFolderLock acquire(Path data) {
        Path file = lockFileOf(data);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new InUseException("The data folder " + data + " is in use by another Kartoteka"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + ": stop that one first, or set KARTOTEKA_DATA_DIR to another folder.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + data + " (" + file + ")", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
