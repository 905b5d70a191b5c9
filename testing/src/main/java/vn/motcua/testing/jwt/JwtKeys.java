package vn.motcua.testing.jwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair for signing tokens, kept as PEM files in a folder: {@code private-key.pem} (PKCS#8,
 * owner-only) and {@code public-key.pem} (what the services verify with, {@code mp.jwt.verify.publickey.location}).
 */
public record JwtKeys(PrivateKey privateKey, PublicKey publicKey, Path publicKeyFile) {

    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";

    /** A new pair in a new temporary folder that is deleted, with the key files, when the JVM exits. */
    public static JwtKeys createThrowaway(String folderPrefix) throws IOException {
        Path dir = Files.createTempDirectory(folderPrefix);
        JwtKeys keys = loadOrCreate(dir);
        // deleteOnExit deletes in reverse order of registration: the key files first, then their folder
        dir.toFile().deleteOnExit();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> file.toFile().deleteOnExit());
        }
        return keys;
    }

    /** Loads the pair from {@code dir}, generating and saving it first if it is not there. */
    public static synchronized JwtKeys loadOrCreate(Path dir) throws IOException {
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path tmpPrivate = Files.createTempFile(dir, "private", ".tmp");
                Files.setPosixFilePermissions(tmpPrivate, PosixFilePermissions.fromString("rw-------"));
                Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.move(tmpPrivate, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(der(publicFile)));
            return new JwtKeys(privateKey, publicKey, publicFile.toAbsolutePath());
        } catch (GeneralSecurityException e) {
            throw new IOException("unusable JWT key pair in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
