import { describe, expect, it } from 'vitest';
import { pushDetails, topicNameOfArn } from './topics.js';

describe('topic details', () => {
  it("reads RGW's EndPoint attribute", () => {
    expect(
      pushDetails({
        EndPoint: JSON.stringify({ EndpointAddress: 'http://h:1/x', Persistent: 'true' }),
      }),
    ).toEqual({ pushEndpoint: 'http://h:1/x', persistent: true });
  });

  it('says nothing where the server says nothing (AWS)', () => {
    expect(pushDetails({ DisplayName: '' })).toEqual({ pushEndpoint: null, persistent: null });
    expect(pushDetails({ EndPoint: 'not json' })).toEqual({ pushEndpoint: null, persistent: null });
    expect(pushDetails(undefined)).toEqual({ pushEndpoint: null, persistent: null });
  });

  it('takes the name from the ARN', () => {
    expect(topicNameOfArn('arn:aws:sns:us-east-1::hook')).toBe('hook');
  });
});
