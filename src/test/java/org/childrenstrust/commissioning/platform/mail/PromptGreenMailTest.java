package org.childrenstrust.commissioning.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The embedded SMTP server sends its replies on sockets without Nagle's wait, and still speaks SMTP. */
class PromptGreenMailTest {

  @Test
  void eachClientSocketSendsAtOnceAndGetsTheWholeEhloReply() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    PromptGreenMail mail = new PromptGreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    assertThat(mail.getSmtp()).isInstanceOf(PromptGreenMail.PromptSmtpServer.class);
    try (ServerSocket listener = new ServerSocket(0, 1, loopback);
        Socket client = new Socket(loopback, listener.getLocalPort());
        Socket accepted = listener.accept()) {
      assertThat(accepted.getTcpNoDelay()).as("a socket as accepted").isFalse();

      ((PromptGreenMail.PromptSmtpServer) mail.getSmtp()).handleClientSocket(accepted);

      assertThat(accepted.getTcpNoDelay()).isTrue();
      client.setSoTimeout(10_000);
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = client.getOutputStream();
      assertThat(in.readLine()).startsWith("220 ");
      out.write("EHLO bench.example\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(in.readLine()).startsWith("250-");
      assertThat(in.readLine()).startsWith("250 ");
      out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(in.readLine()).startsWith("221");
    }
  }
}
