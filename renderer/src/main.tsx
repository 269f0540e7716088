import './app/csp-safe-zod.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { createContractClient } from './contract/contract-client.js';
import { selectBridge } from './contract/select-bridge.js';
import './styles/app.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html lost its #root element');

createRoot(container).render(
  <StrictMode>
    <App client={createContractClient(selectBridge())} />
  </StrictMode>,
);
