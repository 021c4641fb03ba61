// A real SMTP server for tests: accepts any mail on 127.0.0.1 without TLS or
// authentication, keeps the parsed messages in memory and shows them over HTTP.
//
//   node end2end/smtp/server.mjs --smtp-port 2525 --http-port 2580 [--reject]
//       [--exit-on-stdin-end]
//
// Prints `ready` on stdout once both ports listen. HTTP on --http-port:
//   GET    /messages  JSON list, oldest first: {from, to, envelope, subject,
//                     text, messageId, date, contentLanguage, contentType,
//                     headers (raw lines by lower-case name), raw}
//   DELETE /messages  forget them all
//   PUT    /reject    answer every MAIL FROM with 451 (a temporary failure)
//   DELETE /reject    accept mail again
//   GET    /reject    {"reject": true|false}
// --reject starts in the rejecting mode. --exit-on-stdin-end stops the server
// when stdin closes, so it dies with the test process that started it.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const { values } = parseArgs({
  options: {
    'smtp-port': { type: 'string' },
    'http-port': { type: 'string' },
    reject: { type: 'boolean', default: false },
    'exit-on-stdin-end': { type: 'boolean', default: false },
  },
});

function port(name) {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`--${name} <port> is required (1-65535)`);
    process.exit(2);
  }
  return value;
}

const smtpPort = port('smtp-port');
const httpPort = port('http-port');
const host = '127.0.0.1';
let reject = values.reject;
let messages = [];

const smtp = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  // A client that logs in anyway (a configured username) is let in over
  // plain text: this server only ever listens on the loopback interface.
  allowInsecureAuth: true,
  onAuth(auth, _session, callback) {
    callback(null, { user: auth.username });
  },
  logger: false,
  banner: 'e-Westhoek test SMTP server',
  size: 10 * 1024 * 1024,
  onMailFrom(_address, _session, callback) {
    if (reject) {
      const error = new Error('Mail service temporarily unavailable (test mode)');
      error.responseCode = 451;
      return callback(error);
    }
    return callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', async () => {
      try {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        const headers = {};
        for (const { key, line } of parsed.headerLines) {
          // The value as sent (unfolded), without the name.
          const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
          (headers[key] ??= []).push(value);
        }
        messages.push({
          from: parsed.from?.text ?? null,
          to: parsed.to?.text ?? null,
          envelope: {
            mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          },
          user: session.user ?? null,
          subject: parsed.subject ?? null,
          text: parsed.text ?? null,
          messageId: parsed.messageId ?? null,
          date: parsed.date ? parsed.date.toISOString() : null,
          contentLanguage: headers['content-language']?.[0] ?? null,
          contentType: headers['content-type']?.[0] ?? null,
          headers,
          raw: raw.toString('utf8'),
        });
        callback();
      } catch (error) {
        callback(error);
      }
    });
  },
});

const web = http.createServer((request, response) => {
  const send = (status, body) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  const path = new URL(request.url, `http://${host}`).pathname;
  if (path === '/messages' && request.method === 'GET') return send(200, messages);
  if (path === '/messages' && request.method === 'DELETE') {
    messages = [];
    return send(200, { deleted: true });
  }
  if (path === '/reject') {
    if (request.method === 'PUT') reject = true;
    else if (request.method === 'DELETE') reject = false;
    else if (request.method !== 'GET') return send(405, { error: 'method not allowed' });
    return send(200, { reject });
  }
  return send(404, { error: 'not found' });
});

function listen(server, portNumber) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(portNumber, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// Nothing is kept, so there is nothing to finish: open client connections
// must not keep a test waiting.
function stop() {
  process.exit(0);
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (values['exit-on-stdin-end']) {
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

try {
  await Promise.all([listen(smtp, smtpPort), listen(web, httpPort)]);
} catch (error) {
  console.error(`cannot listen: ${error.message}`);
  process.exit(1);
}
smtp.on('error', (error) => console.error(`smtp: ${error.message}`));
console.log('ready');
